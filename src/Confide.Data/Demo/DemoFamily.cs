using Confide.Core.Families;

namespace Confide.Data.Demo;

/// <summary>One generated fictional family and what happened on its file, before ids and staff are attached.</summary>
internal sealed record DemoFamily(
    FamilyDetails Details,
    ReferralDetails Referral,
    DateTimeOffset OpenedAt,
    IReadOnlyList<DemoFamily.Episode> Episodes,
    DemoFamily.Match? VolunteerMatch,
    IReadOnlyList<DemoFamily.Entry> Notes)
{
    /// <summary>A support episode; <paramref name="EndedOn"/> null while it runs.</summary>
    public sealed record Episode(SupportType Type, DateOnly StartedOn, DateOnly? EndedOn);

    /// <summary>A volunteer match; <paramref name="EndedOn"/> null while it is active.</summary>
    public sealed record Match(DateOnly StartedOn, DateOnly? EndedOn);

    /// <summary>A note; <paramref name="Amendment"/> is the text of a later amendment to it, if any.</summary>
    public sealed record Entry(DateOnly ContactOn, DateTimeOffset CreatedAt, string Text, bool Finalised, bool ByVolunteer, string? Amendment);
}
