using System.Buffers.Binary;
using System.Text;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Audit;

/// <summary>
/// The canonical bytes of an audit entry (its sequence and event), which its leaf hash covers. Version 1:
/// <code>
/// u8 version (1) | i64 sequence | i64 at (microseconds since 1970-01-01 UTC) | u8 outcome (0 allowed, 1 refused)
/// | uuid? organisation | uuid? actor
/// | str action | str resource kind | str? resource id | str? part | str? purpose | str? reason | str? rule | str? request id
/// </code>
/// Integers are big-endian. A <c>uuid?</c> is one byte 0 (absent) or 1 followed by the 16 bytes in RFC 9562 order.
/// A <c>str</c> is a u32 byte length and that many bytes of UTF-8; an absent <c>str?</c> has length 0xFFFFFFFF, so
/// absent and empty differ. Every field has its own length, so no content can move between fields unnoticed.
/// </summary>
public static class AuditEncoding
{
    /// <summary>The encoding version written as the first byte.</summary>
    public const byte Version = 1;

    private const uint Absent = uint.MaxValue;
    private const int FixedSize = 1 + 8 + 8 + 1;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The number of bytes <see cref="Write"/> produces for this event.</summary>
    /// <exception cref="ArgumentException">A text field is not valid UTF-16 (a lone surrogate).</exception>
    public static int GetByteCount(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return FixedSize
            + (auditEvent.OrganisationId is null ? 1 : 17)
            + (auditEvent.ActorId is null ? 1 : 17)
            + Size(auditEvent.Action) + Size(auditEvent.ResourceKind) + Size(auditEvent.ResourceId) + Size(auditEvent.Part)
            + Size(auditEvent.Purpose) + Size(auditEvent.Reason) + Size(auditEvent.Rule) + Size(auditEvent.RequestId);
    }

    /// <summary>Writes the canonical bytes into <paramref name="destination"/>; returns how many were written.</summary>
    public static int Write(long sequence, AuditEvent auditEvent, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        destination[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(destination[1..], sequence);
        BinaryPrimitives.WriteInt64BigEndian(destination[9..], ToUnixMicroseconds(auditEvent.At));
        destination[17] = auditEvent.Outcome switch
        {
            AuditOutcome.Allowed => 0,
            AuditOutcome.Refused => 1,
            _ => throw new ArgumentException($"Unknown outcome {auditEvent.Outcome}.", nameof(auditEvent)),
        };
        var at = FixedSize;
        at += WriteId(auditEvent.OrganisationId?.Value, destination[at..]);
        at += WriteId(auditEvent.ActorId?.Value, destination[at..]);
        at += WriteText(auditEvent.Action, destination[at..]);
        at += WriteText(auditEvent.ResourceKind, destination[at..]);
        at += WriteText(auditEvent.ResourceId, destination[at..]);
        at += WriteText(auditEvent.Part, destination[at..]);
        at += WriteText(auditEvent.Purpose, destination[at..]);
        at += WriteText(auditEvent.Reason, destination[at..]);
        at += WriteText(auditEvent.Rule, destination[at..]);
        at += WriteText(auditEvent.RequestId, destination[at..]);
        return at;
    }

    /// <summary>The canonical bytes as a new array.</summary>
    public static byte[] Encode(long sequence, AuditEvent auditEvent)
    {
        var bytes = new byte[GetByteCount(auditEvent)];
        Write(sequence, auditEvent, bytes);
        return bytes;
    }

    /// <summary>Reads canonical bytes back; the inverse of <see cref="Encode"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a complete version-1 encoding.</exception>
    public static (long Sequence, AuditEvent Event) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < FixedSize || bytes[0] != Version)
        {
            throw new FormatException("Not a version 1 audit entry encoding.");
        }

        var sequence = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        var when = FromUnixMicroseconds(BinaryPrimitives.ReadInt64BigEndian(bytes[9..]));
        var outcome = bytes[17] switch
        {
            0 => AuditOutcome.Allowed,
            1 => AuditOutcome.Refused,
            _ => throw new FormatException("Unknown outcome byte."),
        };
        var reader = new Reader(bytes[FixedSize..]);
        var organisation = reader.Id();
        var actor = reader.Id();
        var e = new AuditEvent(when, organisation is { } o ? new OrganisationId(o) : null, actor is { } a ? new UserId(a) : null,
            reader.Text() ?? throw new FormatException("The action is absent."),
            reader.Text() ?? throw new FormatException("The resource kind is absent."),
            reader.Text(), reader.Text(), reader.Text(), reader.Text(), outcome, reader.Text(), reader.Text());
        if (!reader.AtEnd)
        {
            throw new FormatException("Trailing bytes after the audit entry.");
        }

        return (sequence, e);
    }

    /// <summary>Microseconds since 1970-01-01 UTC (rounded down): the precision of the log's times.</summary>
    public static long ToUnixMicroseconds(DateTimeOffset at)
    {
        var ticks = at.UtcTicks - DateTime.UnixEpoch.Ticks;
        var microseconds = ticks / TimeSpan.TicksPerMicrosecond;
        return ticks % TimeSpan.TicksPerMicrosecond < 0 ? microseconds - 1 : microseconds;
    }

    /// <summary>The UTC time of a count of microseconds since 1970-01-01.</summary>
    public static DateTimeOffset FromUnixMicroseconds(long microseconds) =>
        new(DateTime.UnixEpoch.Ticks + (microseconds * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>The time as the log keeps it: UTC, whole microseconds (what both databases store exactly).</summary>
    public static DateTimeOffset ToLogPrecision(DateTimeOffset at) => FromUnixMicroseconds(ToUnixMicroseconds(at));

    private static int Size(string? text) => 4 + (text is null ? 0 : Utf8.GetByteCount(text));

    private static int WriteId(Guid? id, Span<byte> destination)
    {
        if (id is not { } value)
        {
            destination[0] = 0;
            return 1;
        }

        destination[0] = 1;
        value.TryWriteBytes(destination.Slice(1, 16), bigEndian: true, out _);
        return 17;
    }

    private static int WriteText(string? text, Span<byte> destination)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination, Absent);
            return 4;
        }

        var length = Utf8.GetBytes(text, destination[4..]);
        BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)length);
        return 4 + length;
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public readonly bool AtEnd => _rest.IsEmpty;

        public Guid? Id()
        {
            Need(1);
            var marker = _rest[0];
            _rest = _rest[1..];
            if (marker == 0)
            {
                return null;
            }

            if (marker != 1)
            {
                throw new FormatException("Bad identifier marker.");
            }

            Need(16);
            var id = new Guid(_rest[..16], bigEndian: true);
            _rest = _rest[16..];
            return id;
        }

        public string? Text()
        {
            Need(4);
            var length = BinaryPrimitives.ReadUInt32BigEndian(_rest);
            _rest = _rest[4..];
            if (length == Absent)
            {
                return null;
            }

            if (length > (uint)_rest.Length)
            {
                throw new FormatException("A text field runs past the end.");
            }

            string text;
            try
            {
                text = Utf8.GetString(_rest[..(int)length]);
            }
            catch (DecoderFallbackException ex)
            {
                throw new FormatException("A text field is not valid UTF-8.", ex);
            }

            _rest = _rest[(int)length..];
            return text;
        }

        private readonly void Need(int count)
        {
            if (_rest.Length < count)
            {
                throw new FormatException("The audit entry encoding is truncated.");
            }
        }
    }
}
