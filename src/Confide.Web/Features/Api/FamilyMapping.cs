using System.Text.Json;
using Confide.Core.Common;
using Confide.Core.Families;
using static Confide.Web.Features.Api.FamilyContracts;

namespace Confide.Web.Features.Api;

/// <summary>Explicit mapping between the domain and the API's JSON shapes, both ways.</summary>
internal static class FamilyMapping
{
    public static FamilySummaryResponse ToResponse(FamilySummary s) => new(s.Id.Value, s.Reference, s.DisplayName, s.Postcode);

    public static FamilyFileResponse ToFullView(FamilyFile file)
    {
        var f = file.Family;
        return new FamilyFileResponse(
            f.Id.Value, f.Reference, "full", f.Address, f.Postcode, f.AssignedCoordinatorId?.Value, f.OpenedAt,
            f.Members.Select(m => new MemberResponse(m.Id.Value, Name(m.Kind), m.GivenName, m.FamilyName, m.DateOfBirth, m.Special.Any)).ToList(),
            file.Referrals.Select(r => new ReferralResponse(r.Id.Value, r.Referrer, r.ReferredOn, r.Reason, r.RecordedAt)).ToList(),
            file.Episodes.Select(e => new EpisodeResponse(e.Id.Value, Name(e.Type), e.StartedOn, e.EndedOn)).ToList(),
            file.Matches.Select(m => new MatchResponse(m.Id.Value, m.VolunteerId.Value, m.StartedOn, m.EndedOn)).ToList(),
            file.Notes.Select(ToResponse).ToList());
    }

    /// <summary>Maps a file already cut to the volunteer view by <see cref="Families.FileViews"/>.</summary>
    public static VolunteerFileResponse ToVolunteerView(FamilyFile file)
    {
        var f = file.Family;
        return new VolunteerFileResponse(
            f.Id.Value, f.Reference, "volunteer", f.Address, f.Postcode,
            f.Members.Select(m => new VolunteerMemberResponse(Name(m.Kind), m.GivenName, m.FamilyName)).ToList(),
            file.Notes.Select(ToResponse).ToList());
    }

    public static NoteContracts.NoteResponse ToResponse(Note n) =>
        new(n.Id.Value, n.FamilyId.Value, n.AuthorId.Value, n.ContactOn, n.Text, Name(n.Status), n.CreatedAt, n.FinalisedAt, n.AmendsNoteId?.Value);

    /// <summary>The domain's input from a request; shape errors (an unknown kind, a missing date) are reported by field.</summary>
    public static Result<(FamilyDetails Family, ReferralDetails Referral)> ToDomain(NewReferralRequest request)
    {
        var v = new Validator();
        var members = new List<MemberDetails>();
        var given = request.Members ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var m = given[i];
            MemberKind? kind = m?.Kind?.Trim().ToLowerInvariant() switch { "adult" => MemberKind.Adult, "child" => MemberKind.Child, _ => null };
            v.When(kind is null, $"members[{i}].kind", "invalid", "Say whether the member is an 'adult' or a 'child'.");
            members.Add(new MemberDetails(kind ?? MemberKind.Adult, m?.GivenName ?? "", m?.FamilyName ?? "", m?.DateOfBirth));
        }

        var r = request.Referral;
        v.When(r?.ReferredOn is null, "referral.referredOn", "required", "Enter the date of the referral, like 2026-11-21.");
        return Result<(FamilyDetails, ReferralDetails)>.From(v, () => (
            new FamilyDetails(request.Address ?? "", request.Postcode ?? "", members),
            new ReferralDetails(r?.Referrer ?? "", r!.ReferredOn!.Value, r.Reason ?? "", r.FamilyConsented ?? false)));
    }

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
