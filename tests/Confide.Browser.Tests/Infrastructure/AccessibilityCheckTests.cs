namespace Confide.Browser.Tests.Infrastructure;

/// <summary>The check every page object runs must be able to fail, with and without JavaScript in the page.</summary>
public sealed class AccessibilityCheckTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Check_PageWithAnUnlabelledField_FailsNamingTheRuleAndTheElement(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var page = await chromium.NewPageAsync(app.Address, [], javaScript);
        await page.RouteAsync("**/unlabelled", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><h1>t</h1><input id=\"who\"></main></body></html>",
        }));
        await page.GotoAsync("/unlabelled");

        // Shouldly's Should.ThrowAsync lets its own assertion failures through, so record the exception instead.
        var failure = (await Record.ExceptionAsync(() => Accessibility.CheckAsync(page))).ShouldBeOfType<ShouldAssertException>();

        failure.Message.ShouldContain("label (critical");
        failure.Message.ShouldContain("#who");
    }
}
