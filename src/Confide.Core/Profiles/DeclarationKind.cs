namespace Confide.Core.Profiles;

/// <summary>A kind of declaration or acknowledgement a person signs.</summary>
public enum DeclarationKind
{
    /// <summary>The Safeguarding Code of Conduct (SUF-17).</summary>
    SafeguardingCodeOfConduct,

    /// <summary>Receipt of the confidentiality policy at induction (WIR-03).</summary>
    ConfidentialityPolicyReceived,

    /// <summary>Read, understood and will abide by the confidentiality policy (CFS-05, CHS-08).</summary>
    ConfidentialityDeclaration,

    /// <summary>Completed confidentiality training (CFS-37).</summary>
    ConfidentialityTraining,

    /// <summary>A signed confidentiality undertaking (contractors).</summary>
    ConfidentialityUndertaking,

    /// <summary>A Confidentiality for Visitors form (CHS-23).</summary>
    VisitorConfidentialityForm,

    /// <summary>The safeguarding policy (LEI-18).</summary>
    SafeguardingPolicy,

    /// <summary>The code of conduct and procedures (LEI-18).</summary>
    CodeOfConduct,

    /// <summary>The data protection, confidentiality and information-sharing policy (LEI-18).</summary>
    DataProtectionPolicy,
}
