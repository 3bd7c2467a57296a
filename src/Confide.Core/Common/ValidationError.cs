namespace Confide.Core.Common;

/// <summary>One problem with what a person asked Confide to record, in words they can act on.</summary>
/// <param name="Field">The field at fault, in the API's spelling (e.g. <c>members[1].dateOfBirth</c>).</param>
/// <param name="Code">A stable machine code, e.g. <c>referral.consent_missing</c>.</param>
/// <param name="Message">A sentence a coordinator understands.</param>
public sealed record ValidationError(string Field, string Code, string Message);
