namespace Confide.Web.Features.Access;

/// <summary>
/// Turns the engine and the audit log off for family-file reads, ONLY so the load benchmark can measure what they
/// cost side by side (bench/load). It takes effect only when the environment is named "Benchmark" and
/// <c>Confide:Benchmark:AccessControlOff</c> is true; anywhere else the setting is ignored, and when it is on,
/// start-up logs a warning that access control is off.
/// </summary>
public sealed record AccessControlSwitch(bool Off)
{
    public const string EnvironmentName = "Benchmark";

    public static AccessControlSwitch From(IConfiguration configuration, IHostEnvironment environment, ILogger<AccessControlSwitch> log)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var off = environment.IsEnvironment(EnvironmentName) && configuration.GetValue<bool>("Confide:Benchmark:AccessControlOff");
        if (off)
        {
            log.LogWarning("ACCESS CONTROL AND AUDIT ARE OFF for family reads: benchmark environment only. Never run this with real data.");
        }

        return new AccessControlSwitch(off);
    }
}
