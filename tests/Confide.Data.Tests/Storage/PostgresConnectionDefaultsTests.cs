using Confide.Data.Storage;
using Npgsql;

namespace Confide.Data.Tests.Storage;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_NothingSaid_PreparesStatementsAndSkipsTheReset()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db.example;Database=confide;Username=app"));

        applied.MaxAutoPrepare.ShouldBe(PostgresConnectionDefaults.MaxAutoPrepare);
        applied.NoResetOnClose.ShouldBeTrue();
        (applied.Host, applied.Database, applied.Username).ShouldBe(("db.example", "confide", "app"));
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db.example;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("host=db.example;max auto prepare=0;no reset on close=false")]
    public void Apply_OperatorSaidOtherwise_TheirSettingsStand(string given)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(given));

        applied.MaxAutoPrepare.ShouldBe(0);
        applied.NoResetOnClose.ShouldBeFalse();
    }
}
