namespace Confide.Core.Portal;

/// <summary>The two letters a referrer receives (LEI-24): support has started, support has ended.</summary>
public enum ReferrerLetterKind
{
    SupportStarted,
    SupportEnded,
}
