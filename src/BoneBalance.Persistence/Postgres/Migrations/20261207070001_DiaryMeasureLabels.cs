using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneBalance.Data.Persistence.Postgres.Migrations
{
    /// <summary>
    /// No schema change: marks the one-time rewrite of diary rows logged by household measure
    /// (<see cref="BoneBalance.Data.Persistence.DiaryMeasureRepair"/>), which needs the food catalogue and so runs in
    /// code just before this migration is applied.
    /// </summary>
    public partial class DiaryMeasureLabels : Migration
    {
        /// <summary>The migration's id (the repair runs while it is pending).</summary>
        public const string Id = "20261207070001_DiaryMeasureLabels";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
