using Confide.Data.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Records;

/// <summary>
/// The records database. Its schema is created by the hand-written migrations under <c>Migrations/</c>, one
/// set per engine; a test checks that this model and the migrated schema agree column for column.
/// </summary>
public sealed partial class ConfideDbContext(DbContextOptions<ConfideDbContext> options)
    : IdentityUserContext<StaffAccount, Guid>(options)
{
    public DbSet<OrganisationRow> Organisations => Set<OrganisationRow>();
    public DbSet<StaffRoleRow> StaffRoles => Set<StaffRoleRow>();
    public DbSet<FamilyRow> Families => Set<FamilyRow>();
    public DbSet<MemberRow> Members => Set<MemberRow>();
    public DbSet<ReferralRow> Referrals => Set<ReferralRow>();
    public DbSet<SupportEpisodeRow> SupportEpisodes => Set<SupportEpisodeRow>();
    public DbSet<VolunteerMatchRow> VolunteerMatches => Set<VolunteerMatchRow>();
    public DbSet<NoteRow> Notes => Set<NoteRow>();
    public DbSet<SearchTermRow> SearchTerms => Set<SearchTermRow>();
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<StaffAccount>(e =>
        {
            e.ToTable("users");
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId);
        });
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<StaffRoleRow>(e =>
        {
            e.ToTable("staff_roles");
            e.HasKey(r => new { r.UserId, r.Role });
        });
        builder.Entity<OrganisationRow>().ToTable("organisations");
        builder.Entity<FamilyRow>(e =>
        {
            e.ToTable("families");
            e.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.FamilyId);
        });
        builder.Entity<MemberRow>().ToTable("members");
        builder.Entity<ReferralRow>().ToTable("referrals");
        builder.Entity<SupportEpisodeRow>().ToTable("support_episodes");
        builder.Entity<VolunteerMatchRow>().ToTable("volunteer_matches");
        builder.Entity<NoteRow>().ToTable("notes");
        builder.Entity<SearchTermRow>(e =>
        {
            e.ToTable("search_terms");
            e.HasKey(t => new { t.FamilyId, t.Kind, t.Term });
        });
        builder.Entity<ApiTokenRow>(e =>
        {
            e.ToTable("api_tokens");
            e.HasIndex(t => t.TokenHash).IsUnique();
        });
        OnAccessModelCreating(builder);
        OnConsentModelCreating(builder);
        OnSharingModelCreating(builder);
        OnPortalModelCreating(builder);
        SnakeCase.Apply(builder);
    }
}
