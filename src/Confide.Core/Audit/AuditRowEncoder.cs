using System.Buffers.Binary;

namespace Confide.Core.Audit;

/// <summary>
/// Builds an entry's canonical bytes (<see cref="AuditEncoding"/>) straight from the columns of a stored row, for a
/// verifier that streams millions of rows: the text fields are copied as the database holds them (UTF-8) instead of
/// being turned into strings and back, and nothing is allocated per row. Call <see cref="Begin"/>, then the two
/// identifiers and the eight text fields in the encoding's order, then hand the encoder to
/// <see cref="VerificationRun.Step(long, AuditRowEncoder, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>.
/// </summary>
public sealed class AuditRowEncoder
{
    private const int Prefix = 1; // the RFC 6962 leaf prefix 0x00, so the leaf hash is one call over the buffer
    private const uint Absent = uint.MaxValue;
    private byte[] _buffer = new byte[4096];
    private int _at;
    private int _textStart;

    /// <summary>A field could not be read as its type (an identifier that is not one, an unknown outcome).</summary>
    public bool Unreadable { get; private set; }

    /// <summary>A text field's bytes are not valid UTF-8: the row can be read, but cannot be what was hashed.</summary>
    public bool Unhashable { get; private set; }

    /// <summary>The canonical bytes written so far.</summary>
    public ReadOnlySpan<byte> Canonical => _buffer.AsSpan(Prefix, _at - Prefix);

    internal ReadOnlySpan<byte> LeafInput => _buffer.AsSpan(0, _at);

    /// <summary>Starts a row: its sequence, time in microseconds since 1970 (UTC) and outcome as stored ("allowed"/"refused").</summary>
    public void Begin(long sequence, long atMicroseconds, ReadOnlySpan<byte> outcome)
    {
        Unreadable = false;
        Unhashable = false;
        _buffer[0] = 0x00;
        _buffer[1] = AuditEncoding.Version;
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(2), sequence);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(10), atMicroseconds);
        if (outcome.SequenceEqual("allowed"u8))
        {
            _buffer[18] = 0;
        }
        else if (outcome.SequenceEqual("refused"u8))
        {
            _buffer[18] = 1;
        }
        else
        {
            Unreadable = true;
        }

        _at = 19;
    }

    /// <summary>An identifier column (null when absent).</summary>
    public void Id(Guid? id)
    {
        Ensure(17);
        if (id is not { } value)
        {
            _buffer[_at++] = 0;
            return;
        }

        _buffer[_at] = 1;
        value.TryWriteBytes(_buffer.AsSpan(_at + 1, 16), bigEndian: true, out _);
        _at += 17;
    }

    /// <summary>An identifier stored as text; a value that is not an identifier makes the row unreadable.</summary>
    public void Id(ReadOnlySpan<byte> text, bool isNull)
    {
        if (isNull)
        {
            Id(null);
            return;
        }

        Span<char> chars = stackalloc char[68];
        if (text.Length > chars.Length)
        {
            Unreadable = true;
            Id(Guid.Empty);
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        if (!Guid.TryParse(chars[..text.Length], out var id))
        {
            Unreadable = true;
        }

        Id(id);
    }

    /// <summary>A text column as UTF-8 (null when absent).</summary>
    public void Text(ReadOnlySpan<byte> utf8, bool isNull)
    {
        if (isNull)
        {
            AbsentText();
            return;
        }

        utf8.CopyTo(StartText(utf8.Length));
        EndText(utf8.Length);
    }

    /// <summary>An absent text field.</summary>
    public void AbsentText()
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_at), Absent);
        _at += 4;
    }

    /// <summary>Room for a text field of up to <paramref name="capacity"/> bytes, for a reader that copies into a buffer; then <see cref="EndText"/>.</summary>
    public Span<byte> StartText(int capacity)
    {
        var (buffer, offset) = StartTextArray(capacity);
        return buffer.AsSpan(offset, capacity);
    }

    /// <summary>As <see cref="StartText"/>, as an array and offset (for readers whose copy method takes arrays).</summary>
    public (byte[] Buffer, int Offset) StartTextArray(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Ensure(4 + capacity);
        _textStart = _at + 4;
        return (_buffer, _textStart);
    }

    /// <summary>Closes the text field started by <see cref="StartText"/> at <paramref name="length"/> bytes.</summary>
    public void EndText(int length)
    {
        var bytes = _buffer.AsSpan(_textStart, length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            Unhashable = true;
        }

        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_textStart - 4), (uint)length);
        _at = _textStart + length;
    }

    private void Ensure(int more)
    {
        if (_at + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _at + more));
        }
    }
}
