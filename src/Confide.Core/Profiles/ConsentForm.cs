namespace Confide.Core.Profiles;

/// <summary>The form consent must take.</summary>
public enum ConsentForm
{
    /// <summary>Written only (signed form or e-signature).</summary>
    Written,

    /// <summary>Oral only.</summary>
    Oral,

    /// <summary>Written or oral; oral consent is recorded with who, when and the wording.</summary>
    WrittenOrOral,

    /// <summary>The policy does not say; the system accepts either and records which.</summary>
    NotStated,
}
