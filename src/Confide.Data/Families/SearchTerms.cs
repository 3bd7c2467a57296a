using Confide.Core.Families;
using Confide.Data.Crypto;
using Confide.Data.Records;

namespace Confide.Data.Families;

/// <summary>The blind-index terms of a family, and the terms a search text asks for.</summary>
internal static class SearchTerms
{
    public const string Name = "name";
    public const string Postcode = "postcode";

    public static IEnumerable<SearchTermRow> For(Family family, BlindIndex index)
    {
        var terms = new List<(string Kind, string Value)>();
        foreach (var m in family.Members)
        {
            terms.AddRange(BlindIndex.NameTokens(m.GivenName).Select(t => (Name, t)));
            terms.AddRange(BlindIndex.NameTokens(m.FamilyName).Select(t => (Name, t)));
        }

        terms.Add((Postcode, family.Postcode));
        terms.Add((Postcode, Core.Families.Postcode.Outward(family.Postcode)));
        return terms.Distinct().Select(t => new SearchTermRow
        {
            FamilyId = family.Id.Value,
            OrganisationId = family.OrganisationId.Value,
            Kind = t.Kind,
            Term = index.Term(t.Kind, t.Value),
        });
    }

    /// <summary>
    /// A full postcode or an outward code searches by postcode; anything else is name tokens, all of which must match.
    /// </summary>
    public static (string Kind, IReadOnlyList<byte[]> Terms) Query(string text, BlindIndex index)
    {
        var postcode = Core.Families.Postcode.Normalise(text);
        if (postcode is not null)
        {
            return (Postcode, [index.Term(Postcode, postcode)]);
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is >= 2 and <= 4 && char.IsLetter(compact[0]) && compact.Any(char.IsDigit))
        {
            return (Postcode, [index.Term(Postcode, compact)]);
        }

        return (Name, BlindIndex.NameTokens(text).Select(t => index.Term(Name, t)).ToArray());
    }
}
