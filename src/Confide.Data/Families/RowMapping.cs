using System.Globalization;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Records;

namespace Confide.Data.Families;

/// <summary>Explicit mapping between the domain and the stored rows, encrypting and decrypting on the way.</summary>
internal static class RowMapping
{
    public static string Store(this MemberKind kind) => kind == MemberKind.Child ? "child" : "adult";
    public static string Store(this SupportType type) => type == SupportType.Group ? "group" : "home_visiting";
    public static string Store(this NoteStatus status) => status == NoteStatus.Finalised ? "finalised" : "draft";

    public static FamilyRow ToRow(Family f, FieldCipher c) => new()
    {
        Id = f.Id.Value,
        OrganisationId = f.OrganisationId.Value,
        Reference = f.Reference,
        Address = c.Encrypt("family.address", f.Address),
        Postcode = c.Encrypt("family.postcode", f.Postcode),
        Area = Postcode.Outward(f.Postcode),
        AssignedCoordinatorId = f.AssignedCoordinatorId?.Value,
        OpenedAt = f.OpenedAt,
        Members = f.Members.Select((m, i) => ToRow(m, f, i, c)).ToList(),
    };

    public static MemberRow ToRow(FamilyMember m, Family f, int position, FieldCipher c) => new()
    {
        Id = m.Id.Value,
        FamilyId = f.Id.Value,
        OrganisationId = f.OrganisationId.Value,
        Position = position,
        Kind = m.Kind.Store(),
        GivenName = c.Encrypt("member.givenName", m.GivenName),
        FamilyName = c.Encrypt("member.familyName", m.FamilyName),
        DateOfBirth = m.DateOfBirth is { } dob ? c.Encrypt("member.dateOfBirth", dob.ToString("O", CultureInfo.InvariantCulture)) : null,
        Health = c.EncryptOptional("member.health", m.Special.Health),
        Ethnicity = c.EncryptOptional("member.ethnicity", m.Special.Ethnicity),
        Religion = c.EncryptOptional("member.religion", m.Special.Religion),
    };

    public static Family ToDomain(FamilyRow r, FieldCipher c, DateOnly today) => new()
    {
        Id = new FamilyId(r.Id),
        OrganisationId = new OrganisationId(r.OrganisationId),
        Reference = r.Reference,
        Address = c.Decrypt("family.address", r.Address),
        Postcode = c.Decrypt("family.postcode", r.Postcode),
        AssignedCoordinatorId = r.AssignedCoordinatorId is { } u ? new UserId(u) : null,
        OpenedAt = r.OpenedAt,
        Members = r.Members.OrderBy(m => m.Position).Select(m => ToDomain(m, c, today)).ToList(),
    };

    public static FamilyMember ToDomain(MemberRow m, FieldCipher c, DateOnly today)
    {
        var details = new MemberDetails(
            m.Kind == "child" ? MemberKind.Child : MemberKind.Adult,
            c.Decrypt("member.givenName", m.GivenName),
            c.Decrypt("member.familyName", m.FamilyName),
            c.DecryptOptional("member.dateOfBirth", m.DateOfBirth) is { } dob ? DateOnly.ParseExact(dob, "O", CultureInfo.InvariantCulture) : null)
        {
            Special = new SpecialCategoryData(
                c.DecryptOptional("member.health", m.Health),
                c.DecryptOptional("member.ethnicity", m.Ethnicity),
                c.DecryptOptional("member.religion", m.Religion)),
        };

        // Stored members were valid when written; re-validating on read guards against a corrupted row.
        return FamilyMember.Create(details, today, new MemberId(m.Id)).Value;
    }

    public static ReferralRow ToRow(Referral r, OrganisationId org, UserId by, FieldCipher c) => new()
    {
        Id = r.Id.Value,
        FamilyId = r.FamilyId.Value,
        OrganisationId = org.Value,
        Referrer = c.Encrypt("referral.referrer", r.Referrer),
        ReferredOn = r.ReferredOn,
        Reason = c.Encrypt("referral.reason", r.Reason),
        FamilyConsented = true,
        RecordedBy = by.Value,
        RecordedAt = r.RecordedAt,
    };

    public static Referral ToDomain(ReferralRow r, FieldCipher c) => new(
        new ReferralId(r.Id), new FamilyId(r.FamilyId), c.Decrypt("referral.referrer", r.Referrer), r.ReferredOn, c.Decrypt("referral.reason", r.Reason), r.RecordedAt);

    public static SupportEpisode ToDomain(SupportEpisodeRow r) => new(
        new SupportEpisodeId(r.Id), new FamilyId(r.FamilyId), r.Type == "group" ? SupportType.Group : SupportType.HomeVisiting, r.StartedOn, r.EndedOn);

    public static SupportEpisodeRow ToRow(SupportEpisode e, OrganisationId org) => new()
    {
        Id = e.Id.Value, FamilyId = e.FamilyId.Value, OrganisationId = org.Value, Type = e.Type.Store(), StartedOn = e.StartedOn, EndedOn = e.EndedOn,
    };

    public static VolunteerMatchRow ToRow(VolunteerMatch m, OrganisationId org) => new()
    {
        Id = m.Id.Value, FamilyId = m.FamilyId.Value, OrganisationId = org.Value, VolunteerId = m.VolunteerId.Value, StartedOn = m.StartedOn, EndedOn = m.EndedOn,
    };

    public static VolunteerMatch ToDomain(VolunteerMatchRow r) => new(
        new MatchId(r.Id), new FamilyId(r.FamilyId), new UserId(r.VolunteerId), r.StartedOn, r.EndedOn);

    public static NoteRow ToRow(Note n, OrganisationId org, FieldCipher c) => new()
    {
        Id = n.Id.Value,
        FamilyId = n.FamilyId.Value,
        OrganisationId = org.Value,
        AuthorId = n.AuthorId.Value,
        ContactOn = n.ContactOn,
        Text = c.Encrypt("note.text", n.Text),
        Status = n.Status.Store(),
        CreatedAt = n.CreatedAt,
        FinalisedAt = n.FinalisedAt,
        AmendsNoteId = n.AmendsNoteId?.Value,
    };

    public static Note ToDomain(NoteRow r, FieldCipher c) => new()
    {
        Id = new NoteId(r.Id),
        FamilyId = new FamilyId(r.FamilyId),
        AuthorId = new UserId(r.AuthorId),
        ContactOn = r.ContactOn,
        Text = c.Decrypt("note.text", r.Text),
        Status = r.Status == "finalised" ? NoteStatus.Finalised : NoteStatus.Draft,
        CreatedAt = r.CreatedAt,
        FinalisedAt = r.FinalisedAt,
        AmendsNoteId = r.AmendsNoteId is { } a ? new NoteId(a) : null,
    };
}
