using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresPeilingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Peilingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Question = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Options = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Target = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Buurt = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpensUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResultsSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Peilingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeilingAnswers",
                columns: table => new
                {
                    PeilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OptionIndex = table.Column<int>(type: "integer", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeilingAnswers", x => new { x.PeilingId, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_PeilingAnswers_Peilingen_PeilingId",
                        column: x => x.PeilingId,
                        principalTable: "Peilingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeilingDeliveries",
                columns: table => new
                {
                    PeilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChannelPollId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeilingDeliveries", x => new { x.PeilingId, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_PeilingDeliveries_Peilingen_PeilingId",
                        column: x => x.PeilingId,
                        principalTable: "Peilingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeilingAnswers_ResidentId",
                table: "PeilingAnswers",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_PeilingDeliveries_ChannelPollId",
                table: "PeilingDeliveries",
                column: "ChannelPollId");

            migrationBuilder.CreateIndex(
                name: "IX_PeilingDeliveries_ResidentId",
                table: "PeilingDeliveries",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Peilingen_Status_ClosesUtc",
                table: "Peilingen",
                columns: new[] { "Status", "ClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Peilingen_Wijk_CreatedUtc",
                table: "Peilingen",
                columns: new[] { "Wijk", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeilingAnswers");

            migrationBuilder.DropTable(
                name: "PeilingDeliveries");

            migrationBuilder.DropTable(
                name: "Peilingen");
        }
    }
}
