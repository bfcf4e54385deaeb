using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneBalance.Data.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResultAsUtf8 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No AlterColumn: on SQLite that rebuilds the whole table (outside a transaction, with foreign keys off),
            // and SQLite needs no new declared type to hold BLOBs — a column of TEXT affinity keeps a BLOB as it is.
            // New rows are bound as BLOBs; the rows kept as text become their UTF-8 bytes here. The model (and its
            // snapshot) say BLOB, which is what every value now is.
            migrationBuilder.Sql("UPDATE \"Assessments\" SET \"ResultJson\" = CAST(\"ResultJson\" AS BLOB) WHERE typeof(\"ResultJson\") = 'text';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Assessments\" SET \"ResultJson\" = CAST(\"ResultJson\" AS TEXT) WHERE typeof(\"ResultJson\") = 'blob';");
        }
    }
}
