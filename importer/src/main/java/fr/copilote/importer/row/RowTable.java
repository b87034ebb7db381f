package fr.copilote.importer.row;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Where the accepted rows of one file kind go: an INSERT and how to bind one value to it. */
public interface RowTable<T> {

    /** An INSERT whose first two parameters are the import file id and the line number. */
    String insertSql();

    /** Binds the value's own columns, from parameter index 3 on. */
    void bindValue(PreparedStatement statement, T value) throws SQLException;
}
