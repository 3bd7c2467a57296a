namespace Confide.Core.Profiles;

/// <summary>The policy document a profile was drawn from.</summary>
/// <param name="Title">The document's title.</param>
/// <param name="Date">Its date as the document gives it (free text: some are undated or partly dated).</param>
public sealed record PolicySource(string Title, string Date);
