CREATE TABLE t_sale (
    sale_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- expect: indexes/partitioned-unique-key public.t_sale.t_sale_pkey "lacks the partition key sold_on"
    sold_on date NOT NULL
) PARTITION BY RANGE (sold_on); -- rejected: must include all partitioning columns
