namespace Confide.Web.Features.Sharing;

/// <summary>How a task is closed: the date and method the family was told, or an exemption with a review date.</summary>
public sealed record TaskClosing(DateOnly? ToldOn, string? Method, string? Exemption, DateOnly? ReviewOn);
