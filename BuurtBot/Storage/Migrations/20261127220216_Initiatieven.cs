using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initiatieven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Initiatieven",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WijkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BuurtName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Doel = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NeighboursInSupport = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiatiefnemerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MedeInitiatiefnemerIds = table.Column<string>(type: "TEXT", nullable: false),
                    Location_Discriminator = table.Column<string>(type: "TEXT", nullable: true),
                    Location_Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Location_Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Location_Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatieven", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Buurtdeals",
                columns: table => new
                {
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurtdeals", x => x.InitiatiefId);
                    table.ForeignKey(
                        name: "FK_Buurtdeals_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefTimeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefTimeline_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Afspraken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AmountInEuros = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BuurtdealInitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Afspraken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Afspraken_Buurtdeals_BuurtdealInitiatiefId",
                        column: x => x.BuurtdealInitiatiefId,
                        principalTable: "Buurtdeals",
                        principalColumn: "InitiatiefId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DealAcceptances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Side = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BuurtdealInitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealAcceptances_Buurtdeals_BuurtdealInitiatiefId",
                        column: x => x.BuurtdealInitiatiefId,
                        principalTable: "Buurtdeals",
                        principalColumn: "InitiatiefId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Afspraken_BuurtdealInitiatiefId",
                table: "Afspraken",
                column: "BuurtdealInitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_DealAcceptances_BuurtdealInitiatiefId",
                table: "DealAcceptances",
                column: "BuurtdealInitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefTimeline_InitiatiefId",
                table: "InitiatiefTimeline",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_InitiatiefnemerId",
                table: "Initiatieven",
                column: "InitiatiefnemerId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_WijkName_Status",
                table: "Initiatieven",
                columns: new[] { "WijkName", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Afspraken");

            migrationBuilder.DropTable(
                name: "DealAcceptances");

            migrationBuilder.DropTable(
                name: "InitiatiefTimeline");

            migrationBuilder.DropTable(
                name: "Buurtdeals");

            migrationBuilder.DropTable(
                name: "Initiatieven");
        }
    }
}
