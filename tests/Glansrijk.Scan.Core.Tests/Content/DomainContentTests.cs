namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class DomainContentTests
{
    [Fact]
    public void A_domain_without_a_name_is_refused_with_the_domain_named()
    {
        var files = ContentFiles.Valid().WithoutField(ContentFiles.Domains, "name");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Domains, "'name'", "ontbreekt", "domein 1");
    }

    [Fact]
    public void A_domain_id_used_twice_is_refused_with_the_id_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Domains, "id: zorg", "id: onderwijs");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Domains, "'onderwijs'", "twee keer");
    }

    [Fact]
    public void A_missing_domains_file_is_refused_with_the_file_named()
    {
        var files = ContentFiles.Valid().Without(ContentFiles.Domains);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Domains, "ontbreekt");
    }
}
