using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Audit;

/// <summary>
/// One event for the audit log, before it is sealed. Identifiers only — never names, addresses or note text —
/// so destroying a file never breaks the chain.
/// </summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="OrganisationId">The organisation, if the event belongs to one.</param>
/// <param name="ActorId">Who acted, if anyone was signed in.</param>
/// <param name="Action">What was done, a stable code: <c>read</c>, <c>write</c>, <c>discover</c>, <c>grant.issue</c>, <c>break-glass</c>, …</param>
/// <param name="ResourceKind">What kind of thing: <c>family</c>, <c>personnel</c>, <c>grant</c>, <c>exclusion</c>, <c>account</c>, …</param>
/// <param name="ResourceId">Its identifier, if any.</param>
/// <param name="Part">Which part of it (<c>file</c>, <c>notes</c>, <c>record-of-access</c>, …), if any.</param>
/// <param name="Purpose">The purpose code given, if any.</param>
/// <param name="Reason">The reason detail given, if any (a few words, no names).</param>
/// <param name="Outcome">Allowed or refused.</param>
/// <param name="Rule">The rule that decided, if an access decision was involved.</param>
/// <param name="RequestId">The HTTP request or command that caused it, to tie entries together.</param>
public sealed record AuditEvent(
    DateTimeOffset At,
    OrganisationId? OrganisationId,
    UserId? ActorId,
    string Action,
    string ResourceKind,
    string? ResourceId,
    string? Part,
    string? Purpose,
    string? Reason,
    AuditOutcome Outcome,
    string? Rule,
    string? RequestId);
