using Confide.Core.Common;

namespace Confide.Web.Features.Sharing;

/// <summary>What the agency fields partial shows: the input and its problems.</summary>
public sealed record AgencyFieldsView(AgencyInput Input, IReadOnlyList<ValidationError> Errors);
