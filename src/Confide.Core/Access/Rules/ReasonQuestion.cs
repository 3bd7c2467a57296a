using Confide.Core.Profiles;

namespace Confide.Core.Access.Rules;

/// <summary>The parts of a request the reason requirement looks at, whichever kind of file it is about.</summary>
internal readonly record struct ReasonQuestion(Actor Actor, AccessAction Action, AccessRules Rules, AccessReason? Reason);
