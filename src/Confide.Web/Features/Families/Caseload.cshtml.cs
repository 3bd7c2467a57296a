using Confide.Core.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

public sealed class CaseloadModel(FamilyFileAccess files) : PageModel
{
    public IReadOnlyList<FamilySummary> Families { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Families = await files.CaseloadAsync(ct);
}
