namespace Confide.Core.Portal;

/// <summary>What came of a recipient typing a passcode.</summary>
public enum UnlockOutcome
{
    /// <summary>The passcode was right: the items are shown and the view recorded.</summary>
    Opened,

    /// <summary>The passcode was wrong (recorded and counted).</summary>
    WrongPasscode,

    /// <summary>Locked for a while after wrong passcodes; even the right one waits.</summary>
    Locked,

    /// <summary>Locked until the sender issues a new passcode.</summary>
    Blocked,

    /// <summary>The organisation binds recipients to terms (CHS-17) and they were not accepted: nothing checked or counted.</summary>
    TermsNotAccepted,

    /// <summary>Unknown, expired or withdrawn: one answer for all three, so the page gives no hint which.</summary>
    Gone,
}
