namespace Confide.Core.Sharing;

/// <summary>Advice sought before deciding (CFS-24, LEI-09): from whom (one of the profile's advisers), when, and what was said.</summary>
public sealed record AdviceSought(string From, DateOnly On, string Summary);
