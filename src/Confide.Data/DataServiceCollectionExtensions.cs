using Confide.Core.Access;
using Confide.Data.Access;
using Confide.Data.ApiTokens;
using Confide.Data.Consent;
using Confide.Data.Crypto;
using Confide.Data.Families;
using Confide.Data.Keys;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confide.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the records and key-store databases, the master key, the key ring, Identity's user store and
    /// the record services. <paramref name="masterKey"/> overrides the configured one (tests, rotation).
    /// </summary>
    public static IServiceCollection AddConfideData(this IServiceCollection services, StorageOptions options, IKeyEncryptionKey? masterKey = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(masterKey ?? MasterKeySource.Load(options, out _));
        services.AddDbContext<ConfideDbContext>(o => Configure(o, options.Provider, options.RecordsConnectionString));
        services.AddDbContextFactory<KeyStoreDbContext>(o => Configure(o, options.Provider, options.KeysConnectionString), ServiceLifetime.Singleton);
        services.AddSingleton<FamilyKeyRing>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<SqlitePreparedReads>();
        }

        services.TryAddSingleton<IAccessPolicy, NeedToKnowPolicy>();
        services.AddIdentityCore<StaffAccount>(o =>
            {
                // NIST SP 800-63B: length, not composition rules; no forced rotation.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<ConfideDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<OrganisationRecords>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<FamilyRecords>();
        services.AddScoped<NoteRecords>();
        services.AddScoped<SupportRecords>();
        services.AddScoped<PersonalApiTokens>();
        services.AddAccessRecords();
        services.AddConsentRecords();
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString));
        }
        else
        {
            builder.UseSqlite(connectionString);
        }
    }
}
