namespace Confide.Core.Families;

/// <summary>Everything on a family's file, decrypted, for a reader the access policy has allowed.</summary>
public sealed record FamilyFile(
    Family Family,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<SupportEpisode> Episodes,
    IReadOnlyList<VolunteerMatch> Matches,
    IReadOnlyList<Note> Notes);
