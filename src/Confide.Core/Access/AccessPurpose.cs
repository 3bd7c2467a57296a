namespace Confide.Core.Access;

/// <summary>Why a person opens a file: the purpose part of the reason written on the record of access.</summary>
public enum AccessPurpose
{
    /// <summary>Supporting the family: visits, calls, notes.</summary>
    CaseWork,

    /// <summary>Supervision of the worker or volunteer.</summary>
    Supervision,

    /// <summary>A safeguarding concern.</summary>
    Safeguarding,

    /// <summary>A trustee's spot-check.</summary>
    SpotCheck,

    /// <summary>Quality assurance or external audit.</summary>
    Audit,

    /// <summary>Answering a request from the person the file is about.</summary>
    SubjectRequest,

    /// <summary>An emergency (break-glass).</summary>
    Emergency,

    /// <summary>Something else, described in the detail.</summary>
    Other,
}
