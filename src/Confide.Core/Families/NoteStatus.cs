namespace Confide.Core.Families;

/// <summary>A note is a draft until its author finalises it; then it is dated, signed and never edited.</summary>
public enum NoteStatus
{
    /// <summary>Being written; only its author can change it.</summary>
    Draft,

    /// <summary>Dated and signed by its author; immutable, amended only by a new linked note.</summary>
    Finalised,
}
