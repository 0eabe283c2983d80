CREATE SCHEMA app;
CREATE TABLE app.t_matrix (
    cells integer[][], -- expect: types/array app.t_matrix.cells "integer[][]"
    scores bigint ARRAY, -- expect: types/array app.t_matrix.scores "bigint[]"
    "Dims" int[3], -- expect: types/array app.t_matrix.Dims
    label varchar(20)
);
