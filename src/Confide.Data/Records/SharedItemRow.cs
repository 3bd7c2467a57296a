namespace Confide.Data.Records;

/// <summary>One item of a sharing decision, its text exactly as sent (encrypted under the family's key).</summary>
public sealed class SharedItemRow
{
    public Guid DecisionId { get; set; }
    public int Position { get; set; }
    public string Ref { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Label { get; set; } = "";
    public byte[] Text { get; set; } = [];
}
