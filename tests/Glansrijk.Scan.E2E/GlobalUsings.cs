global using Glansrijk.Scan.E2E.Infrastructure;
global using Microsoft.Playwright;
global using Xunit.Abstractions;
global using static Microsoft.Playwright.Assertions;
