# Multi-stage build of the API (also the worker: same image, `worker` argument).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig AirbnbClone.sln ./
COPY src/Domain/AirbnbClone.Domain.csproj src/Domain/
COPY src/Application/AirbnbClone.Application.csproj src/Application/
COPY src/Infrastructure/AirbnbClone.Infrastructure.csproj src/Infrastructure/
COPY src/WebApi/AirbnbClone.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/AirbnbClone.WebApi.csproj
COPY src/ src/
RUN dotnet publish src/WebApi/AirbnbClone.WebApi.csproj -c Release -o /app --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
# The aspnet image ships an unprivileged 'app' user (UID 1654).
USER app
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["dotnet", "AirbnbClone.WebApi.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "AirbnbClone.WebApi.dll"]
