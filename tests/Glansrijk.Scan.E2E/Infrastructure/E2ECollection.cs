namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>All end-to-end tests share one running app and one browser; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<AppServer>, ICollectionFixture<Browser>
{
    public const string Name = "End to end";
}
