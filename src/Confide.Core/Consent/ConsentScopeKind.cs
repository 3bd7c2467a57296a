namespace Confide.Core.Consent;

/// <summary>What a consent is to: the routine general scopes of WIR-05, or one specific agency or category.</summary>
public enum ConsentScopeKind
{
    /// <summary>General information on the kind and level of support, to the referrer (WIR-05, WIR-23).</summary>
    GeneralReferrer,

    /// <summary>General information on the kind and level of support, to agencies already involved (WIR-05).</summary>
    GeneralInvolvedAgencies,

    /// <summary>Named purposes and kinds of information, to one registered agency or a whole category of agency.</summary>
    Specific,
}
