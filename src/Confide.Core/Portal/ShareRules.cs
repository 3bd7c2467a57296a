using Confide.Core.Common;
using Confide.Core.Sharing;

namespace Confide.Core.Portal;

/// <summary>What a parcel must be before the portal takes it: items one by one, a named recipient, a near expiry.</summary>
public static class ShareRules
{
    /// <summary>The longest a link may stay open.</summary>
    public static readonly TimeSpan LongestExpiry = TimeSpan.FromDays(30);

    /// <summary>The most items one share may hold (shares are the minimum necessary, never the whole file).</summary>
    public const int MaxItems = 100;

    /// <summary>The longest item text accepted (a finalised note is at most this long).</summary>
    public const int MaxItemText = FieldLimits.NoteText;

    /// <summary>Every problem with <paramref name="parcel"/> at <paramref name="now"/>; empty when the portal may take it.</summary>
    public static IReadOnlyList<ValidationError> Check(ShareParcel parcel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var v = new Validator()
            .Text(parcel.RecipientName, "recipientName", "name of the person at the agency who may open the share", FieldLimits.Label)
            .When(parcel.FamilyId.Value == Guid.Empty, "familyId", "required", "Say which family file the items come from.")
            .When(parcel.DecisionId == Guid.Empty, "decisionId", "required", "A share needs the sharing decision that allowed it.")
            .When(parcel.AgencyId == Guid.Empty, "agencyId", "required", "Choose the registered agency that receives the share.")
            .When(parcel.ExpiresAt <= now, "expiresAt", "in_past", "The link's expiry must be in the future.")
            .When(parcel.ExpiresAt > now + LongestExpiry, "expiresAt", "too_far_ahead",
                $"A link can stay open for at most {LongestExpiry.TotalDays:0} days; choose an expiry on or before {(now + LongestExpiry):d MMMM yyyy HH:mm} UTC.");
        var items = parcel.Items ?? [];
        v.When(items.Count == 0, "items", "required", "Choose at least one item to share: a share is built item by item.")
            .When(items.Count > MaxItems, "items", "too_many", $"A share can hold at most {MaxItems} items; share only what the purpose needs.");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                v.Add($"items[{i}]", "required", $"Item {i + 1} is empty.");
                continue;
            }

            v.Text(item.Ref, $"items[{i}].ref", $"reference of item {i + 1} on the file", FieldLimits.Label)
                .Text(item.Label, $"items[{i}].label", $"label of item {i + 1}", FieldLimits.Label)
                .Text(item.Text, $"items[{i}].text", $"text of item {i + 1}", MaxItemText)
                .When(!Enum.IsDefined(item.Kind), $"items[{i}].kind", "unknown", $"Item {i + 1} has an unknown kind of information.");
        }

        return v.Errors;
    }
}
