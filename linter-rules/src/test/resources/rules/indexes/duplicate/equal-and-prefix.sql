CREATE TABLE t_order (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    ordered_on date NOT NULL,
    note varchar(200) NOT NULL
);
CREATE INDEX idx_01_t_order ON t_order (order_id); -- expect: indexes/duplicate public.idx_01_t_order "covered by t_order_pkey"
CREATE INDEX idx_02_t_order ON t_order (customer_id, ordered_on); -- expect: indexes/duplicate public.idx_02_t_order "Index idx_02_t_order on public.t_order is covered by uk_t_order; drop it"
CREATE UNIQUE INDEX uk_t_order ON t_order (customer_id, ordered_on);
CREATE UNIQUE INDEX uk_t_order_02 ON t_order (customer_id, ordered_on); -- expect: indexes/duplicate public.uk_t_order_02 "covered by uk_t_order"
CREATE UNIQUE INDEX uk_t_order_03 ON t_order (customer_id);
CREATE INDEX idx_03_t_order ON t_order (customer_id) WHERE note <> '';
CREATE INDEX idx_04_t_order ON t_order USING hash (customer_id);
CREATE INDEX idx_05_t_order ON t_order (customer_id DESC);
CREATE INDEX idx_06_t_order ON t_order (lower(note)); -- expect: indexes/duplicate public.idx_06_t_order "covered by idx_07_t_order"
CREATE INDEX idx_07_t_order ON t_order (lower(note), ordered_on);
CREATE INDEX idx_08_t_order ON t_order (ordered_on) INCLUDE (note);
CREATE INDEX idx_09_t_order ON t_order (ordered_on); -- expect: indexes/duplicate public.idx_09_t_order "covered by idx_08_t_order"
