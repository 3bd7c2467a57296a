using System.Globalization;
using Confide.Core.Families;

namespace Confide.Core.Sharing;

/// <summary>Lists a family file's items one by one, as a share is built from them.</summary>
public static class FileItems
{
    /// <summary>
    /// Every item of <paramref name="file"/> that can be shared: the address, each member's name, date of birth and
    /// special-category fields, each referral, each support episode and each finalised note (a draft can still
    /// change, so it is not accurate enough to send, CFS-27).
    /// </summary>
    public static IReadOnlyList<FileItem> From(FamilyFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var items = new List<FileItem>
        {
            new("family:address", InformationKind.ContactDetails, "Home address", $"{file.Family.Address}, {file.Family.Postcode}", null),
        };
        var (adults, children) = (0, 0);
        foreach (var m in file.Family.Members)
        {
            var who = m.Kind == MemberKind.Child ? $"child {++children}" : $"adult {++adults}";
            var id = m.Id.Value;
            items.Add(new($"member:{id}:name", InformationKind.ContactDetails, $"Name of {who}", $"{m.GivenName} {m.FamilyName}", id));
            if (m.DateOfBirth is { } dob)
            {
                items.Add(new($"member:{id}:date_of_birth", InformationKind.ContactDetails, $"Date of birth of {who}",
                    dob.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), id));
            }

            AddSpecial(items, id, who, "health", "Health", m.Special.Health);
            AddSpecial(items, id, who, "ethnicity", "Ethnicity", m.Special.Ethnicity);
            AddSpecial(items, id, who, "religion", "Religion or belief", m.Special.Religion);
        }

        foreach (var r in file.Referrals)
        {
            items.Add(new($"referral:{r.Id.Value}", InformationKind.ProgressAndCircumstances,
                $"Referral of {r.ReferredOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", $"Referred by {r.Referrer}: {r.Reason}", null));
        }

        foreach (var e in file.Episodes)
        {
            var type = e.Type == SupportType.Group ? "Group support" : "Home-visiting support";
            var dates = e.EndedOn is { } end
                ? $"from {e.StartedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {end.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                : $"from {e.StartedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, ongoing";
            items.Add(new($"support:{e.Id.Value}", InformationKind.SupportGiven, "Support dates", $"{type} {dates}", null));
        }

        foreach (var n in file.Notes.Where(n => n.Status == NoteStatus.Finalised))
        {
            items.Add(new($"note:{n.Id.Value}", InformationKind.SessionNotes,
                $"Note of contact on {n.ContactOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", n.Text, null));
        }

        return items;
    }

    private static void AddSpecial(List<FileItem> items, Guid id, string who, string field, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            items.Add(new($"member:{id}:{field}", InformationKind.SpecialCategory, $"{label} of {who}", value, id));
        }
    }
}
