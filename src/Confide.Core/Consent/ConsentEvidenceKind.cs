namespace Confide.Core.Consent;

/// <summary>How consent was given: in writing or orally (CFS-16, CHS-16).</summary>
public enum ConsentEvidenceKind
{
    /// <summary>A signed form or an e-signature.</summary>
    Written,

    /// <summary>Said aloud, witnessed by a member of staff.</summary>
    Oral,
}
