using Bogus;
using Confide.Core.Families;
using Gender = Bogus.DataSets.Name.Gender;

namespace Confide.Data.Demo;

/// <summary>
/// Generates realistic, wholly fictional UK families (Bogus, locale en_GB) one at a time. The randomness is the
/// instance's own, seeded once: the same seed gives the same families in the same order, whatever the batch size.
/// Dates are relative to <c>now</c>, so every date is in the past when the file is written.
/// </summary>
internal sealed class DemoFamilyGenerator
{
    private readonly Faker _faker;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;

    public DemoFamilyGenerator(int seed, DateTimeOffset now)
    {
        _faker = new Faker("en_GB") { Random = new Randomizer(seed) };
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
    }

    public DemoFamily Next()
    {
        var f = _faker;
        var town = f.PickRandom(DemoText.Towns);
        var openedAt = _now.AddDays(-f.Random.Number(14, 3 * 365)).AddMinutes(-f.Random.Number(0, 600));
        var opened = DateOnly.FromDateTime(openedAt.UtcDateTime);
        var members = Members(opened);
        var adult = members[0].GivenName;
        var child = members.First(m => m.Kind == MemberKind.Child).GivenName;
        string Fill(string template) => template.Replace("{town}", town.Name, StringComparison.Ordinal)
            .Replace("{adult}", adult, StringComparison.Ordinal).Replace("{child}", child, StringComparison.Ordinal);

        var postcode = $"{f.PickRandom(town.Outwards)} {f.Random.Number(1, 9)}{f.Random.String2(2, DemoText.InwardLetters)}";
        var address = $"{f.Random.Number(1, 160)} {f.Address.StreetName()}, {town.Name}";
        var referral = new ReferralDetails(
            Fill(f.PickRandom(DemoText.Referrers)), opened.AddDays(-f.Random.Number(0, 21)), Fill(f.PickRandom(DemoText.Reasons)), FamilyConsented: true);

        var start = Min(opened.AddDays(f.Random.Number(7, 28)), _today);
        var matched = f.Random.Bool(0.5f);
        var ended = !matched && _today.DayNumber - start.DayNumber > 120 && f.Random.Bool(0.6f);
        DateOnly? end = ended ? Min(start.AddDays(f.Random.Number(90, 400)), _today) : null;
        var episodes = new List<DemoFamily.Episode> { new(SupportType.HomeVisiting, start, end) };
        if (f.Random.Bool(0.25f))
        {
            episodes.Add(new(SupportType.Group, Min(start.AddDays(f.Random.Number(14, 60)), _today), null));
        }

        DemoFamily.Match? match = matched ? new(Min(start.AddDays(f.Random.Number(0, 14)), _today), null)
            : ended && f.Random.Bool(0.5f) ? new(start, end) : null;
        return new DemoFamily(new FamilyDetails(address, postcode, members), referral, openedAt, episodes, match, Notes(start, end, match?.StartedOn, Fill));
    }

    private List<MemberDetails> Members(DateOnly opened)
    {
        var f = _faker;
        var surname = f.Name.LastName();
        var parentAge = f.Random.Number(19, 44);
        var members = new List<MemberDetails>
        {
            new(MemberKind.Adult, f.Name.FirstName(Gender.Female), surname, Born(opened, parentAge))
            {
                Special = f.Random.Bool(0.1f) ? new(f.PickRandom(DemoText.Health), null, null) : SpecialCategoryData.None,
            },
        };
        if (f.Random.Bool(0.55f))
        {
            var partnerName = f.Random.Bool(0.3f) ? f.Name.LastName() : surname;
            members.Add(new(MemberKind.Adult, f.Name.FirstName(Gender.Male), partnerName, Born(opened, parentAge + f.Random.Number(-3, 6))));
        }

        // Home-Start supports families with at least one child under five; older siblings are younger than the parent by 17+ years.
        var children = f.Random.WeightedRandom([1, 2, 3, 4], [0.4f, 0.35f, 0.18f, 0.07f]);
        for (var i = 0; i < children; i++)
        {
            var maxDays = i == 0 ? 5 * 365 - 1 : Math.Max(60, Math.Min(15, parentAge - 17) * 365);
            var dob = opened.AddDays(-f.Random.Number(20, maxDays));
            members.Add(new(MemberKind.Child, f.Name.FirstName(f.Random.Bool() ? Gender.Female : Gender.Male), surname, dob));
        }

        return members;
    }

    private List<DemoFamily.Entry> Notes(DateOnly start, DateOnly? end, DateOnly? volunteerFrom, Func<string, string> fill)
    {
        var f = _faker;
        var last = end ?? _today;
        var count = f.Random.Number(1, 5);
        var days = Enumerable.Range(0, count).Select(_ => start.AddDays(f.Random.Number(0, Math.Max(0, last.DayNumber - start.DayNumber)))).Order().ToList();
        var notes = new List<DemoFamily.Entry>(count);
        for (var i = 0; i < count; i++)
        {
            var createdAt = Earliest(new DateTimeOffset(days[i].ToDateTime(new TimeOnly(f.Random.Number(9, 19), f.Random.Number(0, 59))), TimeSpan.Zero), _now);
            // Most notes are finalised; a recent last note is sometimes still a draft; a few finalised notes were amended.
            var finalised = i < count - 1 || f.Random.Bool(0.8f);
            var amendment = finalised && createdAt < _now.AddDays(-2) && f.Random.Bool(0.08f) ? fill(f.PickRandom(DemoText.Amendments)) : null;
            notes.Add(new(days[i], createdAt, fill(f.PickRandom(DemoText.Notes)), finalised, days[i] >= volunteerFrom && f.Random.Bool(0.5f), amendment));
        }

        return notes;
    }

    private DateOnly Born(DateOnly on, int age) => on.AddYears(-age).AddDays(-_faker.Random.Number(0, 364));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
