# Build: the .NET SDK plus Node.js, because the web project's build copies npm front-end packages into wwwroot/.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Glansrijk.Scan.Web -c Release -o /app

# Run: the ASP.NET runtime only. The publish step put content/ and wwwroot/ beside the app.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Paths__Data=/app/data
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Glansrijk.Scan.Web.dll"]
