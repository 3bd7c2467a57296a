namespace Confide.Core.Organisations;

/// <summary>A charity or scheme: every record belongs to exactly one organisation.</summary>
/// <param name="Id">The organisation's identifier.</param>
/// <param name="Name">Its public name.</param>
/// <param name="ProfileId">The profile it was created from, e.g. <c>suffolk</c>.</param>
/// <param name="ProfileVersion">The version of that profile in force.</param>
/// <param name="IsDemo">True for the bannered demo organisation with fictional data.</param>
public sealed record Organisation(OrganisationId Id, string Name, string ProfileId, int ProfileVersion, bool IsDemo);
