namespace Confide.Data.Records;

/// <summary>One item of a share exactly as sent (never updated); label and text are ciphertext under the family's key.</summary>
public sealed class PortalShareItemRow
{
    public Guid ShareId { get; set; }
    public int Position { get; set; }
    public string Ref { get; set; } = "";
    public string Kind { get; set; } = "";
    public byte[] Label { get; set; } = [];
    public byte[] Text { get; set; } = [];
}
