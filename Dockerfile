# Build: the .NET SDK plus Node.js, because the web project's build copies npm front-end packages into wwwroot/.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore from the files that decide it first, so these layers stay cached until a package changes, not on every
# source edit.
COPY global.json Directory.Build.props Directory.Packages.props package.json package-lock.json ./
COPY src/Glansrijk.Scan.Core/Glansrijk.Scan.Core.csproj src/Glansrijk.Scan.Core/
COPY src/Glansrijk.Scan.Web/Glansrijk.Scan.Web.csproj src/Glansrijk.Scan.Web/
RUN dotnet restore src/Glansrijk.Scan.Web/Glansrijk.Scan.Web.csproj \
    && npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN dotnet publish src/Glansrijk.Scan.Web -c Release -o /app --no-restore

# Run: the ASP.NET runtime only. The publish step put content/ and wwwroot/ beside the app.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Paths__Data=/app/data
# The data folder belongs to the app's user ($APP_UID, 1654) and to group 0, so the container also runs as another
# user (compose `user:`, OpenShift) whose group is 0. A bind mount instead of the volume must be writable for that
# user: `mkdir -p data && sudo chown 1654 data`, or run the container as your own user (see docker-compose.yml).
RUN mkdir -p /app/data && chown "$APP_UID:0" /app/data && chmod 0770 /app/data
VOLUME /app/data
EXPOSE 8080
USER $APP_UID
# The image has no curl or wget: the app asks its own /health/ready (see README, "Health").
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "Glansrijk.Scan.Web.dll", "health"]
# `docker stop` sends SIGTERM; the app tells live tablets it restarts and is gone within a few seconds.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "Glansrijk.Scan.Web.dll"]
