using StackExchange.Redis;

namespace Glansrijk.Scan.Web.Cluster;

/// <summary>What lets several app nodes serve as one: job leases in the database and, when ConnectionStrings:Redis
/// is set, the SignalR Redis backplane so a broadcast reaches every node's connections. Everything else a node
/// knows lives in the database (see the README's "Scale-out").</summary>
public static class ClusterServices
{
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ClusterNode.ForThisProcess());
        builder.Services.AddSingleton<JobLeases>();

        var redis = builder.Configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = RedisChannel.Literal("glansrijk-scan"));
        }

        return builder;
    }
}
