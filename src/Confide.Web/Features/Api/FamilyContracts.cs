namespace Confide.Web.Features.Api;

/// <summary>The JSON shapes of family files in <c>/api/v1</c>; mapped explicitly in <see cref="FamilyMapping"/>.</summary>
public static class FamilyContracts
{
    /// <summary>A line of a caseload or search result.</summary>
    public sealed record FamilySummaryResponse(Guid Id, string Reference, string DisplayName, string Postcode);

    /// <summary>The whole file, for an actor the policy gives the full view (special-category values are masked).</summary>
    public sealed record FamilyFileResponse(
        Guid Id, string Reference, string View, string Address, string Postcode, Guid? AssignedCoordinatorId, DateTimeOffset OpenedAt,
        IReadOnlyList<MemberResponse> Members, IReadOnlyList<ReferralResponse> Referrals, IReadOnlyList<EpisodeResponse> Episodes,
        IReadOnlyList<MatchResponse> Matches, IReadOnlyList<NoteContracts.NoteResponse> Notes);

    /// <summary>The volunteer view: names, address, postcode and the volunteer's own notes; nothing else.</summary>
    public sealed record VolunteerFileResponse(
        Guid Id, string Reference, string View, string Address, string Postcode,
        IReadOnlyList<VolunteerMemberResponse> Members, IReadOnlyList<NoteContracts.NoteResponse> Notes);

    public sealed record MemberResponse(Guid Id, string Kind, string GivenName, string FamilyName, DateOnly? DateOfBirth, bool SpecialCategoryDataHeld);

    public sealed record VolunteerMemberResponse(string Kind, string GivenName, string FamilyName);

    public sealed record ReferralResponse(Guid Id, string Referrer, DateOnly ReferredOn, string Reason, DateTimeOffset RecordedAt);

    public sealed record EpisodeResponse(Guid Id, string Type, DateOnly StartedOn, DateOnly? EndedOn);

    public sealed record MatchResponse(Guid Id, Guid VolunteerId, DateOnly StartedOn, DateOnly? EndedOn);

    /// <summary>A new referral: opens a family file assigned to the coordinator recording it.</summary>
    public sealed record NewReferralRequest(string? Address, string? Postcode, IReadOnlyList<NewMemberRequest>? Members, ReferralRequest? Referral);

    /// <summary><c>kind</c> is <c>adult</c> or <c>child</c>; a child needs <c>dateOfBirth</c>.</summary>
    public sealed record NewMemberRequest(string? Kind, string? GivenName, string? FamilyName, DateOnly? DateOfBirth);

    /// <summary>Without <c>familyConsented: true</c> the referral is refused.</summary>
    public sealed record ReferralRequest(string? Referrer, DateOnly? ReferredOn, string? Reason, bool? FamilyConsented);
}
