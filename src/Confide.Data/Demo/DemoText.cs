namespace Confide.Data.Demo;

/// <summary>The places and phrases fictional demo files are made of (Mid and West Suffolk, to suit the demo's profile).</summary>
internal static class DemoText
{
    /// <summary>A town and the outward codes of its postcodes.</summary>
    public sealed record Town(string Name, string[] Outwards);

    public static readonly Town[] Towns =
    [
        new("Bury St Edmunds", ["IP28", "IP30", "IP31", "IP32", "IP33"]),
        new("Stowmarket", ["IP14"]),
        new("Sudbury", ["CO10"]),
        new("Haverhill", ["CB9"]),
        new("Newmarket", ["CB8"]),
        new("Needham Market", ["IP6"]),
        new("Hadleigh", ["IP7"]),
        new("Mildenhall", ["IP28"]),
        new("Brandon", ["IP27"]),
        new("Ipswich", ["IP1", "IP2", "IP3", "IP4"]),
    ];

    /// <summary>Letters allowed in the inward code of a UK postcode (never C, I, K, M, O or V).</summary>
    public const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static readonly string[] Referrers =
    [
        "Health visitor, {town}", "Health visitor, {town}", "Midwife, {town}", "GP surgery, {town}",
        "Children's centre, {town}", "School nurse, {town}", "Family support practitioner, {town}", "Self-referral",
    ];

    public static readonly string[] Reasons =
    [
        "Isolated after moving to {town}; no family nearby and a new baby.",
        "Low mood since {child} was born; finding it hard to get out of the house.",
        "Several children under five; the parent is struggling with routines and the practicalities of the day.",
        "Recently separated; would like support with routines and managing the home.",
        "Parent has a long-term health condition and finds appointments and the school run hard.",
        "{child} was born early and has many hospital appointments; the family is exhausted.",
        "English is not the family's first language; would like help linking with local services in {town}.",
        "Bereavement in the family last year; the parent is finding it hard to cope with the children's needs.",
    ];

    public static readonly string[] Notes =
    [
        "Home visit. {child} was unsettled at first but played happily with the stacking cups. {adult} said the nights are still hard; we talked through a bedtime routine.",
        "Phone call with {adult}, who has a health visitor appointment next week and would like company at the {town} baby clinic.",
        "Visited with the volunteer. {adult} is feeling more confident about getting out; agreed to try the Tuesday group at the {town} children's centre.",
        "Went with {adult} and {child} to rhyme time at {town} library. {child} joined in with the songs.",
        "{adult} cancelled today's visit because {child} is unwell. Rearranged for next week.",
        "Review visit. Goals: less isolation, steadier routines. {adult} feels both have improved; agreed to continue for another three months.",
        "Helped {adult} with the Healthy Start application and signposted to Citizens Advice in {town} for the benefits question.",
        "Short visit. {adult} was tired but positive; {child} has settled at nursery. Talked about meal planning on a budget.",
    ];

    public static readonly string[] Amendments =
    [
        "Amendment: the visit recorded here took place the day before the date given.",
        "Amendment: {child}'s nursery place starts in September, not June as written.",
        "Amendment: the appointment mentioned was with the GP, not the health visitor.",
    ];

    public static readonly string[] Health =
    [
        "Post-natal depression; GP aware and supporting.",
        "Asthma; uses an inhaler.",
        "Recovering from a caesarean section.",
    ];
}
