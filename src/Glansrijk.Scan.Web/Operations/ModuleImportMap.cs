using Microsoft.AspNetCore.Components;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>The import map that gives every ES module its version: the page script is linked by its fingerprinted
/// address, and the modules it imports by bare relative path (<c>./session-views.js</c>) are mapped here to theirs,
/// with their integrity. So after a deploy a tablet never combines a new page script with old modules.
/// <para>ASP.NET Core's own <see cref="ImportMapDefinition.FromResourceCollection"/> keys the map with "./js/…",
/// which the browser resolves against the page's address (/sessie/…/js/…); these pages have no &lt;base&gt;, so the
/// keys here are absolute paths.</para></summary>
public sealed class ModuleImportMap
{
    private const string ModuleFolder = "js/";

    private (ResourceAssetCollection Assets, ImportMapDefinition Map)? _cached;

    /// <summary>The map for the assets this page's endpoint was given (Razor Pages mapped WithStaticAssets).</summary>
    public ImportMapDefinition For(HttpContext context)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>()
            ?? throw new InvalidOperationException("This page has no static asset collection: map the Razor Pages WithStaticAssets().");
        if (_cached is { } cached && ReferenceEquals(cached.Assets, assets))
        {
            return cached.Map;
        }

        var map = Build(assets);
        _cached = (assets, map);
        return map;
    }

    internal static ImportMapDefinition Build(IEnumerable<ResourceAsset> assets)
    {
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        var integrity = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            var label = Property(asset, "label");
            // Only the fingerprinted address of a module: its label is the bare path it is imported by.
            if (label is null || label == asset.Url || !label.StartsWith(ModuleFolder, StringComparison.Ordinal) ||
                !label.EndsWith(".js", StringComparison.Ordinal))
            {
                continue;
            }

            imports["/" + label] = "/" + asset.Url;
            if (Property(asset, "integrity") is { } hash)
            {
                integrity["/" + asset.Url] = hash;
            }
        }

        return new ImportMapDefinition(imports, scopes: null, integrity);
    }

    private static string? Property(ResourceAsset asset, string name) =>
        asset.Properties?.FirstOrDefault(property => property.Name == name)?.Value;
}
