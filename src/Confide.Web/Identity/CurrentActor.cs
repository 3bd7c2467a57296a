using System.Security.Claims;
using Confide.Core.Access;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Staff;

namespace Confide.Web.Identity;

/// <summary>
/// The signed-in person as the access policy sees them (account, organisation, roles), read fresh from the
/// database once per request, so a disabled account or a changed role takes effect on the next request.
/// Works for any authentication scheme whose principal carries the account id as <see cref="ClaimTypes.NameIdentifier"/>.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, ConfideDbContext db)
{
    private Actor? _actor;
    private bool _loaded;

    public async Task<Actor?> GetAsync(CancellationToken ct = default)
    {
        if (_loaded)
        {
            return _actor;
        }

        _loaded = true;
        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        _actor = Guid.TryParse(id, out var userId) ? await StaffDirectory.FindActorAsync(db, new UserId(userId), ct) : null;
        return _actor;
    }
}
